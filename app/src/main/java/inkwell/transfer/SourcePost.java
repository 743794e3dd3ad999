package inkwell.transfer;

import inkwell.posts.FullPost;

/** A post as a source gives it, in Inkwell's terms, with where it came from ({@code origin}: a file, an item). */
record SourcePost(String origin, FullPost post) {
}
