package pl.vetworkflow.notification;

import pl.vetworkflow.testsupport.H2IntegrationTest;

@H2IntegrationTest
class RemindersOnH2Test extends ReminderChecks {
  @Override
  String database() {
    return "H2";
  }
}
