package org.marsad.document;

import java.util.List;
import java.util.Optional;

/**
 * The layout of an article: its blocks in text order, and for related-link blocks the span of the
 * linked headline (without the «للمزيد:» cue).
 */
public record Structure(List<Block> blocks, List<RelatedLink> relatedLinks) {
    public record RelatedLink(int begin, int end, String text) implements Span {
        public RelatedLink {
            Span.check(begin, end);
        }
    }

    public Structure {
        blocks = List.copyOf(blocks);
        relatedLinks = List.copyOf(relatedLinks);
    }

    public Optional<Block> title() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.TITLE).findFirst();
    }

    /** The block that holds an offset, or empty if the offset lies between blocks. */
    public Optional<Block> blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.begin()) {
                hi = mid - 1;
            } else if (offset >= b.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    public int indexOf(Block block) {
        return blocks.indexOf(block);
    }
}
