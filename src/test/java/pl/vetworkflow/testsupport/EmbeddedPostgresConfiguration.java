package pl.vetworkflow.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 17 (zonky embedded binaries) for the Spring context that imports this.
 * Zonky's own shutdown hook races Spring's and hangs the JVM at exit, so Spring closes it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  public EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @Bean(destroyMethod = "close")
  @Primary
  public DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }
}
