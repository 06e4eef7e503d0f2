package pl.vetworkflow.notification;

import pl.vetworkflow.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class RemindersOnPostgresTest extends ReminderChecks {
  @Override
  String database() {
    return "PostgreSQL";
  }
}
