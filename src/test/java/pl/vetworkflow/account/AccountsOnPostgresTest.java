package pl.vetworkflow.account;

import pl.vetworkflow.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class AccountsOnPostgresTest extends AccountChecks {}
