package inkwell.posts;

/** One write to a post, told to those who follow the posts (the search index) once it is committed. */
public record PostChange(long id, Kind kind) {
    public enum Kind { CREATED, UPDATED, DELETED }
}
