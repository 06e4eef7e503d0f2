-- Group activities and events (pl.vetworkflow.activity): specialist classes, key-competence classes,
-- science camps, study visits at employers and job fairs are forms of support too, one vet_support row
-- per participant of the case (kind = the activity's kind).
alter table vet_support drop constraint vet_support_kind_chk;
alter table vet_support add constraint vet_support_kind_chk check (kind in ('STUDENT_INTERNSHIP',
    'TEACHER_INTERNSHIP', 'STUDENT_QUALIFICATION_COURSE', 'STUDENT_COMPETENCE_COURSE', 'TEACHER_COURSE',
    'PNZ_INSTRUCTOR_COURSE', 'SPECIALIST_CLASSES', 'KEY_COMPETENCE_CLASSES', 'SCIENCE_CAMP', 'STUDY_VISIT',
    'JOB_FAIR'));
