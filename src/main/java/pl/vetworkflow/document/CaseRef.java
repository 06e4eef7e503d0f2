package pl.vetworkflow.document;

/**
 * A case as the documents see it: its top-level process instance, its number (business key) and
 * its process.
 */
public record CaseRef(String processInstanceId, String caseNumber, String processKey) {}
