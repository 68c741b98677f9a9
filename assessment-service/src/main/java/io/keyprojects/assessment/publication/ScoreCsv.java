package io.keyprojects.assessment.publication;

import io.keyprojects.assessment.audit.CanonicalJson;
import io.keyprojects.assessment.scoring.RuleScore;
import java.util.List;

/**
 * The ranking and every breakdown as CSV, one line per unit and rule, UTF-8 with a byte-order mark so
 * spreadsheet programs show the Chinese names correctly.
 */
public final class ScoreCsv {
    static final String BOM = "\uFEFF";
    /** What a spreadsheet may take as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    static final String HEADER = "period,status,asOf,rulesetVersion,rank,unit,unitName,total,grade,outcome,rule,ruleName,points,maxPoints,assessed,inputs";

    private ScoreCsv() {
    }

    public static String of(List<ScoreView> scores) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (ScoreView s : scores) {
            for (RuleScore r : s.rules()) {
                csv.append(String.join(",", cell(s.period()), cell(s.status()), cell(String.valueOf(s.asOf())),
                        Integer.toString(s.rulesetVersion()), Integer.toString(s.rank()), cell(s.unit()), cell(s.unitName()),
                        s.total().toPlainString(), s.grade().name(), s.outcome().name(), cell(r.code()), cell(r.name()),
                        r.points().toPlainString(), r.maxPoints().toPlainString(), Boolean.toString(r.assessed()),
                        cell(CanonicalJson.write(r.inputs())))).append("\r\n");
            }
        }
        return csv.toString();
    }

    /**
     * RFC 4180 quoting; a leading = + - @, TAB or CR is defused (OWASP's CSV injection list) so a spreadsheet
     * does not run the cell as a formula.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
