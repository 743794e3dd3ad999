package inkwell.publish;

import inkwell.site.PublicAddress;

/** Renders the whole public blog as a static site whose absolute links point under {@code address}. */
@FunctionalInterface
public interface SiteRenderer {
    SiteFiles render(PublicAddress address) throws NoPublicAddress;
}
