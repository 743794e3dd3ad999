package inkwell.publish.target;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Keeps the publish credentials in the data folder ({@code publish/credentials.properties}), readable by its owner
 * only: on POSIX systems the file is made with mode 600 before a secret is written into it (a new file is written
 * beside the old one and moved over it); on Windows the data folder under the user's profile is private already.
 * Never part of an export or a backup.
 */
public final class CredentialStore {
    private static final String USER = "https.user";
    private static final String TOKEN = "https.token";
    private static final String SSH_KEY = "ssh.privateKey";
    private final Path file;

    public CredentialStore(Path dataFolder) {
        this.file = dataFolder.resolve("publish").resolve("credentials.properties");
    }

    public PublishCredentials load() throws PublishFailure {
        if (!Files.exists(file)) {
            return PublishCredentials.none();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new PublishFailure("Could not read the saved publish credentials in " + file + ".");
        }
        PublishCredentials credentials = PublishCredentials.none().withHttps(values.getProperty(USER, ""),
                values.getProperty(TOKEN, ""));
        String key = values.getProperty(SSH_KEY, "");
        return key.isEmpty() ? credentials : credentials.withSshKey(key);
    }

    public void save(PublishCredentials credentials) throws PublishFailure {
        Properties values = new Properties();
        values.setProperty(USER, credentials.httpsUser());
        values.setProperty(TOKEN, credentials.httpsToken());
        values.setProperty(SSH_KEY, credentials.sshPrivateKey());
        try {
            StringWriter text = new StringWriter();
            values.store(text, "Inkwell's publish credentials: keep this file private");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), ownerOnly());
        } catch (IOException e) {
            throw new PublishFailure("Could not save the publish credentials in " + file.getParent() + ": "
                    + FolderWriter.reason(e) + ".");
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
