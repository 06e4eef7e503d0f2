-- Individual career counselling (pl.vetworkflow.counselling): one vet_support row per counselling case
-- (kind CAREER_COUNSELLING), for the one pupil counselled.
alter table vet_support drop constraint vet_support_kind_chk;
alter table vet_support add constraint vet_support_kind_chk check (kind in ('STUDENT_INTERNSHIP',
    'TEACHER_INTERNSHIP', 'STUDENT_QUALIFICATION_COURSE', 'STUDENT_COMPETENCE_COURSE', 'TEACHER_COURSE',
    'PNZ_INSTRUCTOR_COURSE', 'SPECIALIST_CLASSES', 'KEY_COMPETENCE_CLASSES', 'SCIENCE_CAMP', 'STUDY_VISIT',
    'JOB_FAIR', 'CAREER_COUNSELLING'));
