package tr.bel.kucukcekmece.kentsesi.catalog;

import java.time.LocalDate;

/** A public holiday, full or half day, used for working-day deadlines. */
public record PublicHoliday(LocalDate date, String nameTr, String nameEn, boolean halfDay) {}
