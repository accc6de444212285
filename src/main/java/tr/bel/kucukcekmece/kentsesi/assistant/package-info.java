/**
 * The assistant: answers from the knowledge files, live answers (tracking codes, departments'
 * services), the hand-off to a feedback form, the question log and the editors' APIs.
 *
 * <p>Publishes no types: no other feature uses the assistant. Its public figures reach the
 * transparency page through {@code core.stats}. Everything in the sub-packages is internal.
 */
package tr.bel.kucukcekmece.kentsesi.assistant;
