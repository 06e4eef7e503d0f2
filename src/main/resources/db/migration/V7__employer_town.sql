-- The employer's town: shown beside the name (and NIP) wherever a user picks an employer, so two
-- companies with similar names can be told apart.
alter table vet_employer add column town varchar(100);
