-- Reminder steps recorded per task (pl.vetworkflow.notification.OverdueTaskReminders): a row is
-- written in the same transaction as the step's messages in vet_mail_outbox, before them. The
-- primary key makes a step go out once per task, whichever node gets there first: another node's
-- insert of the same (task, step) fails and its transaction, messages included, rolls back.
-- Portable SQL: H2 (embedded default) and PostgreSQL.

create table vet_task_reminder (
    task_id                 varchar(64)  not null,
    step                    integer      not null,
    kind                    varchar(16)  not null,
    -- SENT: its messages were recorded in the outbox; SUPERSEDED: a later step of the same kind
    -- was due at the same run (the job had not run for a while), only that one was sent
    outcome                 varchar(16)  not null,
    process_instance_id     varchar(64),
    process_definition_key  varchar(255) not null,
    task_definition_key     varchar(255) not null,
    due_date                timestamp with time zone not null,
    recorded_at             timestamp with time zone not null,
    recorded_by             varchar(255),
    constraint vet_task_reminder_pk primary key (task_id, step),
    constraint vet_task_reminder_kind_chk check (kind in ('REMINDER', 'ESCALATION')),
    constraint vet_task_reminder_outcome_chk check (outcome in ('SENT', 'SUPERSEDED'))
);
