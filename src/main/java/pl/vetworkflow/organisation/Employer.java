package pl.vetworkflow.organisation;

public record Employer(
    String id, String name, String town, String nip, String industry, boolean deficitProfession, String email) {}
