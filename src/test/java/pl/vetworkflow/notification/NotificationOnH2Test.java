package pl.vetworkflow.notification;

import pl.vetworkflow.testsupport.H2IntegrationTest;

@H2IntegrationTest
class NotificationOnH2Test extends NotificationChecks {
  @Override
  String database() {
    return "H2";
  }
}
