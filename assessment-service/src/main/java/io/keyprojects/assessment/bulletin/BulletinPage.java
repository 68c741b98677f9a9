package io.keyprojects.assessment.bulletin;

import io.keyprojects.contracts.audit.Checkpoint;
import java.math.BigDecimal;

/** A bulletin as a plain, printable HTML page (no scripts, every value escaped). */
public final class BulletinPage {
    private BulletinPage() {
    }

    public static String html(BulletinView b) {
        BulletinContent c = b.content();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(b.title())).append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;text-align:left}"
                        + ".num{text-align:right}</style></head><body>\n")
                .append("<h1>").append(esc(b.title())).append("</h1>\n<p>考核期 ").append(esc(c.period())).append("，统计至 ")
                .append(c.evaluationDate()).append("（考核办法第 ").append(c.rulesetVersion()).append(" 版）。发布：")
                .append(esc(b.publishedBy())).append("，").append(b.publishedAt()).append("</p>\n");
        h.append("<h2>通报表扬</h2><p>").append(c.commended().isEmpty() ? "无" : esc(String.join("、", c.commended()))).append("</p>\n");
        h.append("<h2>通报批评</h2><p>").append(c.criticised().isEmpty() ? "无" : esc(String.join("、", c.criticised()))).append("</p>\n");
        h.append("<h2>各责任单位进展</h2><table><tr><th>名次</th><th>责任单位</th><th>项目数</th><th>已开工</th><th>已完工</th>"
                + "<th>SPI</th><th>未化解问题</th><th>逾期整改</th><th>得分</th><th>等次</th></tr>\n");
        for (var u : c.units()) {
            h.append("<tr><td class=\"num\">").append(u.rank()).append("</td><td>").append(esc(u.unitName())).append(" (")
                    .append(esc(u.unit())).append(")</td><td class=\"num\">").append(u.projects()).append("</td><td class=\"num\">")
                    .append(u.started()).append("</td><td class=\"num\">").append(u.completed()).append("</td><td class=\"num\">")
                    .append(num(u.spi())).append("</td><td class=\"num\">").append(u.openBlockers()).append("</td><td class=\"num\">")
                    .append(u.overdueOrders()).append("</td><td class=\"num\">").append(num(u.total())).append("</td><td>")
                    .append(u.grade()).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>进度滞后项目（落后序时进度 ").append(BulletinContent.LAG_POINTS).append(" 个百分点及以上）</h2>\n");
        if (c.laggingProjects().isEmpty()) {
            h.append("<p>无</p>\n");
        } else {
            h.append("<table><tr><th>项目</th><th>责任单位</th><th>序时进度%</th><th>实际进度%</th><th>落后</th></tr>\n");
            for (var p : c.laggingProjects()) {
                h.append("<tr><td>").append(esc(p.project())).append("</td><td>").append(esc(p.unit())).append("</td><td class=\"num\">")
                        .append(num(p.plannedPercent())).append("</td><td class=\"num\">").append(num(p.actualPercent()))
                        .append("</td><td class=\"num\">").append(num(p.lagPoints())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>问题与整改</h2><p>未化解问题 ").append(c.openBlockers()).append(" 个；逾期未整改督办 ")
                .append(c.overdueRectifications()).append(" 件。</p>\n");
        Checkpoint cp = c.auditCheckpoint();
        if (cp != null) {
            // printed so that every reader of the bulletin holds a signed state of the audit log to check it against later
            h.append("<h2>审计日志检查点</h2><p>截至 ").append(esc(cp.issuedAt())).append("，审计日志 ").append(esc(cp.origin()))
                    .append(" 共 ").append(cp.treeSize()).append(" 条。</p>\n<p><code>根哈希 ").append(esc(cp.rootHash()))
                    .append("</code><br><code>密钥 ").append(esc(cp.keyId())).append("</code><br><code>签名 (Ed25519) ")
                    .append(esc(cp.signature())).append("</code></p>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String num(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
