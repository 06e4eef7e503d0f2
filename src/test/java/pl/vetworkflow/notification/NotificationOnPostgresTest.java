package pl.vetworkflow.notification;

import pl.vetworkflow.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class NotificationOnPostgresTest extends NotificationChecks {
  @Override
  String database() {
    return "PostgreSQL";
  }
}
