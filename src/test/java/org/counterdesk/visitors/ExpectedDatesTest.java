package org.counterdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.counterdesk.common.Refused;
import org.junit.jupiter.api.Test;

class ExpectedDatesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void wordsAndDaysAheadCountFromToday() {
        assertThat(ExpectedDates.parse(" Today ", MONDAY)).isEqualTo(MONDAY);
        assertThat(ExpectedDates.parse("tomorrow", MONDAY)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(ExpectedDates.parse("+10", MONDAY)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void australianAndIsoDates() {
        assertThat(ExpectedDates.parse("24/11/2026", MONDAY)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(ExpectedDates.parse("1/2/27", MONDAY)).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(ExpectedDates.parse("2026-12-01", MONDAY)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aDayAndMonthWithoutYearIsTheNextSuchDay() {
        assertThat(ExpectedDates.parse("30/11", MONDAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ExpectedDates.parse("5/1", MONDAY)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(ExpectedDates.parse("23/11", MONDAY)).isEqualTo(MONDAY);
    }

    @Test
    void nonsenseIsRefusedBesideTheDateField() {
        assertThatThrownBy(() -> ExpectedDates.parse("", MONDAY)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("Type the day they are expected").extracting(e -> ((Refused) e).field())
                .isEqualTo("date");
        assertThatThrownBy(() -> ExpectedDates.parse("next week", MONDAY))
                .hasMessageStartingWith("\"next week\" is not a date: type today, tomorrow");
        assertThatThrownBy(() -> ExpectedDates.parse("31/2/2027", MONDAY))
                .hasMessage("There is no such day as 31/2/2027.");
    }

    @Test
    void theFormShowsTheWeekday() {
        assertThat(ExpectedDates.show(MONDAY)).isEqualTo("Mon 23/11/2026");
        assertThat(ExpectedDates.parse(ExpectedDates.show(MONDAY.plusDays(1)), MONDAY)).isEqualTo(MONDAY.plusDays(1));
    }
}
