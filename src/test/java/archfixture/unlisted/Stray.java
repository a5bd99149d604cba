package archfixture.unlisted;

/** A feature the dependency table does not list. */
public class Stray {
}
