package pl.vetworkflow.account;

import pl.vetworkflow.testsupport.H2IntegrationTest;

@H2IntegrationTest
class AccountsOnH2Test extends AccountChecks {}
