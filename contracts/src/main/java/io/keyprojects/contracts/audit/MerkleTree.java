package io.keyprojects.contracts.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Merkle tree of RFC 9162 §2.1 over a list of leaf hashes: leaf = SHA-256(0x00 ‖ data),
 * node = SHA-256(0x01 ‖ left ‖ right), split at the largest power of two below the size. The 0x00/0x01
 * prefixes keep a leaf from passing for a node. Inclusion proofs (§2.1.3) show an entry is in a tree of
 * a given size; consistency proofs (§2.1.4) show a smaller tree is a prefix of a larger one, so history
 * was only appended to. Pure; the service builds proofs with it and auditors verify them with it.
 */
public final class MerkleTree {
    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        return sha.digest(data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    /** MTH(D[n]) over the given leaf hashes; the hash of the empty string for an empty tree. */
    public static byte[] root(List<byte[]> leaves) {
        return leaves.isEmpty() ? sha256().digest() : subtree(leaves, 0, leaves.size());
    }

    /**
     * The roots of several prefixes of the leaves in one pass, O(n + k log n): each added leaf merges with
     * the perfect subtrees before it, and a prefix's root folds the remaining subtrees from the right.
     */
    public static Map<Long, byte[]> roots(List<byte[]> leaves, Collection<Long> sizes) {
        TreeSet<Long> wanted = new TreeSet<>(sizes);
        wanted.removeIf(n -> n < 1);
        Map<Long, byte[]> out = new HashMap<>();
        Deque<byte[]> stack = new ArrayDeque<>(); // perfect subtrees, the newest on top
        Deque<Integer> heights = new ArrayDeque<>();
        long size = 0;
        for (byte[] leaf : leaves) {
            if (wanted.isEmpty()) {
                break;
            }
            byte[] hash = leaf;
            int height = 0;
            while (!heights.isEmpty() && heights.peek() == height) {
                hash = nodeHash(stack.pop(), hash);
                heights.pop();
                height++;
            }
            stack.push(hash);
            heights.push(height);
            size++;
            if (wanted.first() == size) {
                wanted.pollFirst();
                byte[] root = null;
                for (byte[] subtree : stack) { // from the newest (rightmost) to the oldest
                    root = root == null ? subtree : nodeHash(subtree, root);
                }
                out.put(size, root);
            }
        }
        return out;
    }

    /** PATH(m, D[n]) (§2.1.3.1): the audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, long index, long size) {
        if (size < 1 || size > leaves.size() || index < 0 || index >= size) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + size + " (of " + leaves.size() + ")");
        }
        List<byte[]> path = new ArrayList<>();
        path(leaves, (int) index, 0, (int) size, path);
        return path;
    }

    /** PROOF(m, D[n]) (§2.1.4.1): that the tree of the first {@code from} leaves is a prefix of the tree of the first {@code to}. */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, long from, long to) {
        if (from < 1 || from > to || to > leaves.size()) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to + " (of " + leaves.size() + ")");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leaves, (int) from, 0, (int) to, true, proof);
        return proof;
    }

    /** §2.1.3.2: does {@code path} lead from the leaf hash at {@code index} to {@code root} in a tree of {@code size}? */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** §2.1.4.2: does {@code proof} show that the tree ({@code from}, {@code fromRoot}) is a prefix of ({@code to}, {@code toRoot})? */
    public static boolean verifyConsistency(long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {
        if (from < 1 || from > to) {
            return false;
        }
        if (from == to) {
            return proof.isEmpty() && Arrays.equals(fromRoot, toRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if ((from & (from - 1)) == 0) {
            path.add(0, fromRoot); // a power of two: the old tree is itself a node of the new one
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, fromRoot) && Arrays.equals(sr, toRoot);
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean wholeOldTree, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!wholeOldTree) {
                out.add(subtree(leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, wholeOldTree, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /** The largest power of two strictly below {@code n} (n ≥ 2). */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
