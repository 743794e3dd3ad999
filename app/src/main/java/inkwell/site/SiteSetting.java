package inkwell.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One named site setting as stored: a name and a text value. Names rather than columns so that a new setting
 * needs no schema change, and an older Inkwell reading a newer database simply ignores names it does not know.
 */
@Entity
@Table(name = "SITE_SETTING")
public class SiteSetting {
    @Id
    @Column(name = "NAME", length = 64)
    private String name;

    @Lob
    @Column(name = "VAL", nullable = false)
    private String value;

    protected SiteSetting() {
    }

    SiteSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }

    void value(String newValue) {
        this.value = newValue;
    }
}
