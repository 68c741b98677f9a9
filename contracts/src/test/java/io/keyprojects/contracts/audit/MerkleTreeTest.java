package io.keyprojects.contracts.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree, its proofs and their verification, against the Certificate Transparency test vectors and a brute-force walk. */
class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();
    /** The eight leaves of the RFC 6962 / RFC 9162 reference test data. */
    private static final List<String> LEAF_DATA = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static List<byte[]> leaves() {
        return LEAF_DATA.stream().map(d -> MerkleTree.leafHash(HEX.parseHex(d))).toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MerkleTree.leafHash(("entry " + i).getBytes()));
        }
        return out;
    }

    @Test
    void the_root_of_each_prefix_of_the_reference_leaves_is_the_published_one() {
        for (int n = 1; n <= 8; n++) {
            assertEquals(ROOTS.get(n - 1), HEX.formatHex(MerkleTree.root(leaves().subList(0, n))), "tree of " + n);
        }
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(MerkleTree.root(List.of())));
    }

    @Test
    void audit_paths_are_the_published_ones() {
        assertEquals(List.of(), hex(MerkleTree.inclusionProof(leaves(), 0, 1)));
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"), hex(MerkleTree.inclusionProof(leaves(), 0, 8)));
        assertEquals(List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"), hex(MerkleTree.inclusionProof(leaves(), 5, 8)));
        assertEquals(List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
                hex(MerkleTree.inclusionProof(leaves(), 2, 3)));
        assertEquals(List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"), hex(MerkleTree.inclusionProof(leaves(), 1, 5)));
    }

    @Test
    void consistency_proofs_are_the_published_ones() {
        assertEquals(List.of(), hex(MerkleTree.consistencyProof(leaves(), 1, 1)));
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"), hex(MerkleTree.consistencyProof(leaves(), 1, 8)));
        assertEquals(List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"), hex(MerkleTree.consistencyProof(leaves(), 6, 8)));
        assertEquals(List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"), hex(MerkleTree.consistencyProof(leaves(), 2, 5)));
    }

    @Test
    void every_inclusion_proof_of_every_tree_up_to_40_leaves_verifies_and_a_changed_one_does_not() {
        List<byte[]> all = leaves(40);
        for (int n = 1; n <= 40; n++) {
            byte[] root = MerkleTree.root(all.subList(0, n));
            for (int i = 0; i < n; i++) {
                List<byte[]> path = MerkleTree.inclusionProof(all, i, n);
                assertTrue(MerkleTree.verifyInclusion(all.get(i), i, n, path, root), i + " in " + n);
                assertFalse(MerkleTree.verifyInclusion(MerkleTree.leafHash(new byte[] {1}), i, n, path, root), "another leaf " + i + " in " + n);
                if (n > 1) {
                    assertFalse(MerkleTree.verifyInclusion(all.get(i), (i + 1) % n, n, path, root), "another index " + i + " in " + n);
                    List<byte[]> changed = new ArrayList<>(path);
                    changed.set(0, MerkleTree.leafHash(new byte[] {2}));
                    assertFalse(MerkleTree.verifyInclusion(all.get(i), i, n, changed, root), "changed path " + i + " in " + n);
                    assertFalse(MerkleTree.verifyInclusion(all.get(i), i, n, path.subList(0, path.size() - 1), root), "short path");
                }
            }
        }
    }

    @Test
    void every_consistency_proof_between_trees_up_to_40_leaves_verifies_and_a_rewritten_history_does_not() {
        List<byte[]> all = leaves(40);
        for (int n = 1; n <= 40; n++) {
            byte[] newRoot = MerkleTree.root(all.subList(0, n));
            for (int m = 1; m <= n; m++) {
                byte[] oldRoot = MerkleTree.root(all.subList(0, m));
                List<byte[]> proof = MerkleTree.consistencyProof(all, m, n);
                assertTrue(MerkleTree.verifyConsistency(m, n, oldRoot, newRoot, proof), m + " to " + n);

                // the same sizes, but leaf 0 rewritten in the new tree
                List<byte[]> rewritten = new ArrayList<>(all.subList(0, n));
                rewritten.set(0, MerkleTree.leafHash(new byte[] {3}));
                assertFalse(MerkleTree.verifyConsistency(m, n, oldRoot, MerkleTree.root(rewritten),
                        MerkleTree.consistencyProof(rewritten, m, n)), "rewritten " + m + " to " + n);
            }
        }
    }

    @Test
    void the_roots_of_many_prefixes_in_one_pass_equal_each_prefix_root() {
        List<byte[]> all = leaves(70);
        List<Long> sizes = java.util.stream.LongStream.rangeClosed(1, 70).boxed().toList();
        var roots = MerkleTree.roots(all, sizes);
        for (long n = 1; n <= 70; n++) {
            assertArrayEquals(MerkleTree.root(all.subList(0, (int) n)), roots.get(n), "tree of " + n);
        }
        assertEquals(java.util.Set.of(3L, 64L), MerkleTree.roots(all, List.of(64L, 3L, 71L)).keySet(), "a size beyond the leaves has no root");
    }

    @Test
    void a_leaf_cannot_pass_for_a_node() {
        byte[] left = MerkleTree.leafHash(new byte[] {0});
        byte[] right = MerkleTree.leafHash(new byte[] {1});
        byte[] concatenated = new byte[64];
        System.arraycopy(left, 0, concatenated, 0, 32);
        System.arraycopy(right, 0, concatenated, 32, 32);
        assertFalse(java.util.Arrays.equals(MerkleTree.nodeHash(left, right), MerkleTree.leafHash(concatenated)));
        assertArrayEquals(MerkleTree.nodeHash(left, right), MerkleTree.root(List.of(left, right)));
    }

    @Test
    void proofs_outside_the_tree_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.inclusionProof(leaves(), 8, 8));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.inclusionProof(leaves(), 0, 9));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.consistencyProof(leaves(), 0, 8));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.consistencyProof(leaves(), 5, 4));
        assertFalse(MerkleTree.verifyInclusion(leaves().get(0), 8, 8, List.of(), MerkleTree.root(leaves())));
        assertFalse(MerkleTree.verifyConsistency(4, 8, MerkleTree.root(leaves().subList(0, 4)), MerkleTree.root(leaves()), List.of()));
    }
}
