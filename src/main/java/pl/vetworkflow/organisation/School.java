package pl.vetworkflow.organisation;

public record School(
    String id, String name, String schoolComplex, SchoolType type, String address, String email) {}
