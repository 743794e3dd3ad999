package inkwell.publish.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

/**
 * What a Git host runs for an SSH client: {@code git-upload-pack 'repo.git'} or {@code git-receive-pack 'repo.git'},
 * here the real git programs on a repository under the server's root (so hooks run as on a host). Any other command
 * is refused.
 */
final class GitProcessCommand implements Command {
    private final List<String> words;
    private final Path root;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Process process;

    GitProcessCommand(String command, Path root) {
        this.words = CommandFactory.split(command);
        this.root = root;
    }

    static CommandFactory under(Path root) {
        return (channel, command) -> new GitProcessCommand(command, root);
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        if (words.size() != 2 || !List.of("git-upload-pack", "git-receive-pack").contains(words.get(0))) {
            err.write("only git-upload-pack and git-receive-pack are served\n".getBytes());
            err.flush();
            exit.onExit(127);
            return;
        }
        Path repository = root.resolve(words.get(1).replaceFirst("^/+", "")).normalize();
        if (!repository.startsWith(root)) {
            exit.onExit(128);
            return;
        }
        process = new ProcessBuilder("git", words.get(0).substring(4), repository.toString()).start();
        pump(in, process.getOutputStream(), true);
        Thread error = pump(process.getErrorStream(), err, false);
        Thread output = new Thread(() -> {
            try {
                copy(process.getInputStream(), out);
                error.join(10_000);
                int code = process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : 1;
                exit.onExit(code);
            } catch (IOException | InterruptedException e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }, "git-ssh-output");
        output.start();
    }

    private static Thread pump(InputStream from, OutputStream to, boolean closeWhenDone) {
        Thread thread = new Thread(() -> {
            try {
                copy(from, to);
                if (closeWhenDone) {
                    to.close();
                }
            } catch (IOException ignored) {
                // The other side went away; the process's exit tells the rest.
            }
        }, "git-ssh-pump");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Flushes after every read: Git's protocol is a conversation, and a buffered answer would stall it. */
    private static void copy(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        for (int n = from.read(buffer); n != -1; n = from.read(buffer)) {
            to.write(buffer, 0, n);
            to.flush();
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }
}
