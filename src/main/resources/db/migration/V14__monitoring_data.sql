-- Monitoring data of the central monitoring system (SM EFS) per person (pl.vetworkflow.participant,
-- catalogue participant.MonitoringField): collected once, at the person's first form of support, and
-- on leaving. Null = not collected yet. Codes, not words: the export maps them to the words of the
-- configured layout (vet.export). Portable SQL: H2 and PostgreSQL.
alter table vet_participant add column citizenship varchar(16);
alter table vet_participant add column country varchar(64);
alter table vet_participant add column voivodeship varchar(64);
alter table vet_participant add column county varchar(100);
alter table vet_participant add column commune varchar(100);
alter table vet_participant add column town varchar(100);
alter table vet_participant add column postal_code varchar(6);
alter table vet_participant add column degurba varchar(1);
alter table vet_participant add column phone varchar(32);
alter table vet_participant add column email varchar(255);
alter table vet_participant add column labour_status varchar(32);
alter table vet_participant add column foreign_origin varchar(16);
alter table vet_participant add column third_country_citizen varchar(16);
alter table vet_participant add column minority varchar(16);
alter table vet_participant add column homeless varchar(16);
alter table vet_participant add column exit_situation varchar(32);
alter table vet_participant add column monitoring_updated_at timestamp;

-- What an export held (format, columns) beside who, when and how many rows.
alter table vet_export_log add column export_format varchar(8);
alter table vet_export_log add column exported_columns varchar(4000);

-- The participant view (V11) shows the monitoring data too.
drop view vet_report_participant;
-- owner: indicators
create view vet_report_participant as
select p.id, p.pesel, p.first_name, p.last_name, p.sex, p.birth_date, p.participant_type, p.school_id,
       p.first_support_date, p.isced_level, p.disability, p.created_at,
       p.citizenship, p.country, p.voivodeship, p.county, p.commune, p.town, p.postal_code, p.degurba,
       p.phone, p.email, p.labour_status, p.foreign_origin, p.third_country_citizen, p.minority,
       p.homeless, p.exit_situation, p.monitoring_updated_at,
       sc.name as school_name, sc.school_type
from vet_participant p
left join vet_school sc on sc.id = p.school_id;
