package org.counterdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbnTest {

    @Test
    void theFixtureAbnIsValidWithOrWithoutSpaces() {
        assertThat(Abn.isValid("57940199530")).isTrue();
        assertThat(Abn.isValid("57 940 199 530")).isTrue();
        assertThat(Abn.format("57940199530")).isEqualTo("57 940 199 530");
    }

    @Test
    void aMistypedDigitOrWrongLengthIsRefusedWithTheReason() {
        assertThat(Abn.problem("57940199531")).hasValueSatisfying(m -> assertThat(m).contains("fails the ABN check"));
        assertThat(Abn.problem("5794019953")).hasValue("An ABN has 11 digits.");
        assertThat(Abn.problem("5794019953A")).hasValue("An ABN has 11 digits.");
    }
}
