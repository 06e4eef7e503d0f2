package pl.vetworkflow.platform;

import pl.vetworkflow.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class PlatformOnPostgresTest extends PlatformChecks {
  @Override
  String expectedDatabase() {
    return "PostgreSQL";
  }
}
