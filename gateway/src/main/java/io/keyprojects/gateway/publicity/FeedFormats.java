package io.keyprojects.gateway.publicity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The feed written as JSON Feed 1.1 and as Atom (RFC 4287); every entry links to its public page. */
final class FeedFormats {
    static final String TITLE = "重点工程信息公开";
    static final String AUTHOR = "县城市建设指挥部";

    private FeedFormats() {
    }

    static ObjectNode jsonFeed(List<FeedEntry> entries, String base, ObjectMapper json, ZoneId county) {
        ObjectNode feed = json.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", TITLE);
        feed.put("language", "zh-CN");
        feed.put("home_page_url", base + "/public/projects");
        feed.put("feed_url", base + "/public/feed.json");
        ArrayNode items = feed.putArray("items");
        for (FeedEntry e : entries) {
            ObjectNode item = items.addObject();
            item.put("id", e.id());
            item.put("title", e.title());
            item.put("content_text", e.text());
            item.put("url", base + e.path());
            item.put("date_published", instant(e, county));
            item.putArray("tags").add(e.kind());
            if (e.projectCode() != null) {
                item.put("_project_code", e.projectCode());
            }
        }
        return feed;
    }

    static String atom(List<FeedEntry> entries, String base, ZoneId county) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <title>").append(escape(TITLE)).append("</title>\n")
                .append("  <id>").append(escape(base + "/public/feed.atom")).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(base + "/public/feed.atom")).append("\"/>\n")
                .append("  <link rel=\"alternate\" href=\"").append(escape(base + "/site")).append("\"/>\n")
                .append("  <updated>").append(entries.isEmpty() ? "1970-01-01T00:00:00Z" : instant(entries.get(0), county))
                .append("</updated>\n")
                .append("  <author><name>").append(AUTHOR).append("</name></author>\n");
        for (FeedEntry e : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>urn:keyprojects:").append(escape(e.id())).append("</id>\n")
                    .append("    <title>").append(escape(e.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(escape(base + e.path())).append("\"/>\n")
                    .append("    <updated>").append(instant(e, county)).append("</updated>\n")
                    .append("    <category term=\"").append(escape(e.kind())).append("\"/>\n")
                    .append("    <summary>").append(escape(e.text())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** An entry is dated by a county day: the moment that day begins there, with the county's offset. */
    private static String instant(FeedEntry e, ZoneId county) {
        return e.date().atStartOfDay(county).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
