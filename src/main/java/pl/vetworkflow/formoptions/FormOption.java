package pl.vetworkflow.formoptions;

/** One choice of a select field: what is stored, and what the user reads. */
public record FormOption(String value, String label) {}
