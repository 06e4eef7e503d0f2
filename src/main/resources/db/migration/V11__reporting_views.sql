-- Reporting views (pl.vetworkflow.indicators): what the programme's indicators and the participants
-- export read of other packages' tables. Each table has one owner package, which alone writes and
-- reads it in SQL (platform.TableOwnershipTest); the indicators read these views and their own
-- vet_export_log only. A migration that changes a column of a table below also recreates the views
-- that show it. The engine's ACT_* tables have no view here: Flyway runs before the engine creates
-- them on an empty database (engine.EngineFigures reads them). Portable SQL: H2 and PostgreSQL.

-- owner: indicators
-- One row per participant (vet_participant, owner participant) with their school's name and type
-- (vet_school, owner organisation); no school: null.
create view vet_report_participant as
select p.id, p.pesel, p.first_name, p.last_name, p.sex, p.birth_date, p.participant_type, p.school_id,
       p.first_support_date, p.isced_level, p.disability, p.created_at,
       sc.name as school_name, sc.school_type
from vet_participant p
left join vet_school sc on sc.id = p.school_id;

-- owner: indicators
-- One row per form of support (vet_support, owner support) with the participant's type and school and
-- the school's type.
create view vet_report_support as
select s.id, s.participant_id, s.kind, s.status, s.case_business_key, s.start_date, s.end_date, s.hours,
       p.participant_type, p.school_id, sc.school_type
from vet_support s
join vet_participant p on p.id = s.participant_id
left join vet_school sc on sc.id = p.school_id;

-- owner: indicators
-- The mail outbox (vet_mail_outbox, owner notification) without recipients and bodies: status and
-- what identifies a message to an administrator.
create view vet_report_mail as
select id, kind, status, business_key, subject, attempts, created_at, sent_at, last_error
from vet_mail_outbox;
