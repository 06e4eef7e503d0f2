package pl.vetworkflow.participant;

import java.time.LocalDate;

public record Participant(
    long id, String pesel, String firstName, String lastName, Pesel.Sex sex, LocalDate birthDate,
    ParticipantType type, String schoolId, LocalDate firstSupportDate) {}
