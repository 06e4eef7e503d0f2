package pl.vetworkflow.platform;

import pl.vetworkflow.testsupport.H2IntegrationTest;

@H2IntegrationTest
class PlatformOnH2Test extends PlatformChecks {
  @Override
  String expectedDatabase() {
    return "H2";
  }
}
