package pl.vetworkflow.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through the application's logging (logger {@code com.openhtmltopdf.<where>},
 * levels in {@code logging.level}) instead of its own console output: its per-document INFO lines are
 * then DEBUG, its warnings and errors stay.
 */
final class RendererLog implements XRLogger {
  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger logger = LoggerFactory.getLogger(where);
    if (level.intValue() >= Level.SEVERE.intValue()) {
      logger.error(message, error);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      logger.warn(message, error);
    } else {
      logger.debug(message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels come from the application's logging settings
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
  }
}
