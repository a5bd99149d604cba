/**
 * A deliberately broken miniature of the app's packages, outside {@code com.thenandnow} so that neither
 * Spring nor the view tests see it: each class breaks one architecture rule, and ArchitectureRulesBiteTest
 * checks that the rule reports it.
 */
package archfixture;
