package pl.vetworkflow.casework;

import pl.vetworkflow.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class TaskCardsOnPostgresTest extends TaskCardChecks {}
