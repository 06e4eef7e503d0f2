package pl.vetworkflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VetWorkflowApplication {
  public static void main(String[] args) {
    SpringApplication.run(VetWorkflowApplication.class, args);
  }
}
