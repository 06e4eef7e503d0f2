-- The weekly e-mail to school coordinators about their pupils' missing monitoring data
-- (pl.vetworkflow.notification.WeeklyDataDigest, docs/notifications.md). A row is written per school,
-- recipient and ISO week in the same transaction as the message in vet_mail_outbox, before it: the
-- primary key makes the digest go out once per school, person and week, whichever node gets there
-- first (another node's insert fails and its transaction, message included, rolls back).
-- Portable SQL: H2 and PostgreSQL.

-- owner: notification
create table vet_data_digest (
    school_id          varchar(32)  not null,
    recipient_user_id  varchar(255) not null,
    -- ISO week in vet.mail.time-zone, e.g. 2026-W49
    iso_week           varchar(8)   not null,
    -- how many of the school's people could not be reported when the message was written
    people             integer      not null,
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(255),
    constraint vet_data_digest_pk primary key (school_id, recipient_user_id, iso_week)
);

-- The digest goes through the outbox like every other message: one more kind, about no task.
alter table vet_mail_outbox drop constraint vet_mail_outbox_kind_chk;
alter table vet_mail_outbox add constraint vet_mail_outbox_kind_chk
    check (kind in ('TASK', 'REMINDER', 'ESCALATION', 'ACCOUNT', 'DATA_DIGEST'));
