package inkwell.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** One log record per line, with the SLF4J level names (ERROR, WARN) people know from other Java logs. */
final class LogFormat extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final boolean full;

    private LogFormat(boolean full) {
        this.full = full;
    }

    /** For the log file: time, level, thread, logger, message and stack trace. */
    static LogFormat full() {
        return new LogFormat(true);
    }

    /** For standard error: {@code inkwell: WARN message}, without stack traces. */
    static LogFormat brief() {
        return new LogFormat(false);
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        if (full) {
            // Handlers publish on the thread that logged, so its name is the record's thread.
            line.append(TIME.format(record.getInstant())).append(' ').append(String.format("%-5s", level(record)))
                    .append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(record.getLoggerName()).append(" - ");
        } else {
            line.append("inkwell: ").append(level(record)).append(' ');
        }
        String message = formatMessage(record);
        if ((message == null || message.isBlank()) && record.getThrown() != null) {
            message = record.getThrown().toString(); // EclipseLink logs some failures as an exception alone
        }
        line.append(message).append(System.lineSeparator());
        // Standard error gets what to do, from the message; the stack trace is for the log file only.
        if (full && record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    private static String level(LogRecord record) {
        int value = record.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }
}
