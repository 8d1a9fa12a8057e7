package com.regionops.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages in our log: its own logger prints a few INFO lines per document to
 * stderr ("Using fast-mode renderer. Prepare to fly."). Here they are DEBUG, warnings stay warnings.
 */
final class PdfLog implements XRLogger {

  private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    if (level.intValue() >= Level.SEVERE.intValue()) {
      LOG.error("{}: {}", where, msg, th);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      LOG.warn("{}: {}", where, msg, th);
    } else {
      LOG.debug("{}: {}", where, msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are logback's (logger com.openhtmltopdf)
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    int level = diagnostic.getLevel().intValue();
    return level >= Level.SEVERE.intValue() ? LOG.isErrorEnabled()
        : level >= Level.WARNING.intValue() ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
  }
}
