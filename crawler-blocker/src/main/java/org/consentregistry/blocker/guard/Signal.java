package org.consentregistry.blocker.guard;

/**
 * One piece of evidence behind a guard decision.
 *
 * @param source where it was found: {@code robots.txt}, {@code Content-Usage},
 * {@code Content-Signal}, {@code tdm-reservation header}, {@code tdm-reservation meta},
 * {@code tdmrep.json}, {@code X-Robots-Tag}, {@code robots meta} or {@code registry}
 * @param url the URL it was read from
 * @param evidence the line, header or rule as found
 * @param verdict what it says about the use
 */
public record Signal(String source, String url, String evidence, Verdict verdict) {
}
