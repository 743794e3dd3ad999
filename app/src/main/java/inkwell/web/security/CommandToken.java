package inkwell.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret that lets a command-line command ({@code inkwell publish} …) hand its job to the Inkwell running
 * on the same data folder. A new one is made at every start and written to {@code inkwell.command} in the data
 * folder, readable by its owner only: whoever can read it could also open the database, so it grants nothing
 * new. Commands send it as {@code Authorization: Bearer …}; a browser never has it, and no page shows it.
 */
public final class CommandToken {
    static final String FILE = "inkwell.command";
    private static final String BEARER = "Bearer ";
    private final byte[] token;

    private CommandToken(String token) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    /** Makes this run's token and writes it where the data folder's owner, and only they, can read it. */
    public static CommandToken create(Path dataDir) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PrivateFiles.write(dataDir.resolve(FILE), token + "\n");
        return new CommandToken(token);
    }

    /** The running Inkwell's token, for a command about to hand it a job; empty when there is none to read. */
    public static Optional<String> read(Path dataDir) {
        try {
            String token = Files.readString(dataDir.resolve(FILE), StandardCharsets.US_ASCII).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String header(String token) {
        return BEARER + token;
    }

    /** True when the request carries this run's token (compared in constant time). */
    public boolean accepts(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(BEARER.length()).strip()
                .getBytes(StandardCharsets.US_ASCII));
    }
}
