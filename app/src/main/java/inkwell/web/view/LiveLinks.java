package inkwell.web.view;

import inkwell.web.assets.AssetUrls;

/**
 * Links as the running blog serves them: site paths unchanged, assets with their {@code ?v=} fingerprint, and
 * absolute URLs at the address the page was opened at.
 */
record LiveLinks(String baseUrl, AssetUrls assets) implements Links {

    @Override
    public String page(String sitePath) {
        return sitePath;
    }

    @Override
    public String asset(String asset) {
        return assets.url(asset);
    }

    @Override
    public String absolute(String sitePath) {
        return baseUrl + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }
}
