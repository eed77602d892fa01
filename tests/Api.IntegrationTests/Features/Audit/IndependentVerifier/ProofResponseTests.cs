using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>
/// The JSON helpers on answers shaped as docs/audit-log.md shows them, over the RFC 6962 test tree, signed with a
/// throwaway key: a genuine answer verifies; one whose unsigned fields, signed text, key or proof were changed does not.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class ProofResponseTests : IDisposable
{
    private static readonly byte[][] Leaves = MerkleKnownAnswerTests.LeafHashes;
    private static readonly byte[][] Roots = MerkleKnownAnswerTests.Roots;

    private readonly TestSigner signer = new();
    private readonly IndependentAuditVerifier verifier;

    public ProofResponseTests() => verifier = signer.Verifier();

    public void Dispose() => signer.Dispose();

    [Fact]
    public void VerifyInclusionResponse_ForEveryLeafOfEveryTreeSize_ShouldAccept()
    {
        for (var size = 1; size <= 8; size++)
        {
            for (var index = 0; index < size; index++)
            {
                var result = verifier.VerifyInclusionResponse(Element(Inclusion(index, size)));

                Assert.True(result.Verified, $"leaf {index} of {size}: {result}");
                Assert.Equal(size, Assert.Single(result.Checkpoints).TreeSize);
            }
        }
    }

    [Fact]
    public void VerifyInclusionResponse_WhenPathIsFromTheTestVectors_ShouldAccept()
    {
        foreach (var (index, size, path) in MerkleKnownAnswerTests.InclusionVectors)
        {
            var response = Inclusion(index, size);
            response["auditPath"] = Hashes(path);

            Assert.True(verifier.VerifyInclusionResponse(Element(response)).Verified, $"leaf {index} of {size}");
        }
    }

    [Fact]
    public void VerifyInclusionResponse_WhenTheUnsignedFieldsDescribeAnotherTree_ShouldReject()
    {
        // A proof that holds for the tree of 5 leaves, its unsigned fields all saying 5, under the signed checkpoint of 8.
        var response = Inclusion(1, 5);
        response["checkpoint"] = signer.Checkpoint(8, Roots[8]);
        response["checkpoint"]!["treeSize"] = 5;
        response["checkpoint"]!["rootHash"] = Convert.ToBase64String(Roots[5]);

        var result = verifier.VerifyInclusionResponse(Element(response));

        Assert.False(result.Verified);
        Assert.Contains("treeSize", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyInclusionResponse_WhenANumberDisagrees_ShouldReject()
    {
        foreach (var (field, value) in new[] { ("treeSize", 7), ("sequence", 3), ("leafIndex", 2) })
        {
            var response = Inclusion(3, 8);
            response[field] = value;

            var result = verifier.VerifyInclusionResponse(Element(response));

            Assert.False(result.Verified, field);
            Assert.Contains(field, result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void VerifyInclusionResponse_WhenTheCheckpointFieldsDisagreeWithItsText_ShouldReject()
    {
        foreach (var (field, value) in new (string, JsonNode)[]
        {
            ("treeSize", 7),
            ("rootHash", Convert.ToBase64String(Roots[7])),
            ("previousHash", Convert.ToBase64String(Roots[1])),
            ("issuedAt", "2025-03-04T05:06:08.089Z"),
        })
        {
            var response = Inclusion(3, 8);
            response["checkpoint"]![field] = value;

            var result = verifier.VerifyInclusionResponse(Element(response));

            Assert.False(result.Verified, field);
            Assert.Contains(field, result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void VerifyCheckpoint_WhenIssuedAtIsTheSameInstantWrittenAnotherWay_ShouldAccept()
    {
        foreach (var issuedAt in new[] { "2025-03-04T05:06:07.089+00:00", "2025-03-04T06:06:07.0891234+01:00", "2025-03-04T05:06:07.089" })
        {
            var checkpoint = signer.Checkpoint(8, Roots[8]);
            checkpoint["issuedAt"] = issuedAt;

            Assert.True(verifier.VerifyCheckpoint(Element(checkpoint)).Verified, issuedAt);
        }
    }

    [Fact]
    public void VerifyInclusionResponse_WhenTheSignedTextIsRewrittenToFitTheProof_ShouldReject()
    {
        var response = Inclusion(1, 5);
        var signedFor8 = signer.Checkpoint(8, Roots[8]);
        signedFor8["text"] = TestSigner.Text(5, Roots[5]);
        signedFor8["treeSize"] = 5;
        signedFor8["rootHash"] = Convert.ToBase64String(Roots[5]);
        response["checkpoint"] = signedFor8;

        var result = verifier.VerifyInclusionResponse(Element(response));

        Assert.False(result.Verified);
        Assert.Contains("signature", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyInclusionResponse_WhenSignedByAnotherKey_ShouldReject()
    {
        using var other = new TestSigner();
        var response = Inclusion(3, 8);
        response["checkpoint"] = other.Checkpoint(8, Roots[8]);

        Assert.False(verifier.VerifyInclusionResponse(Element(response)).Verified);
    }

    [Fact]
    public void VerifyInclusionResponse_WhenTheProofIsAltered_ShouldReject()
    {
        var otherLeaf = Inclusion(3, 8);
        otherLeaf["leafHash"] = Convert.ToBase64String(Leaves[4]);
        var flipped = Inclusion(3, 8);
        flipped["auditPath"]![1] = Convert.ToBase64String(MerkleKnownAnswerTests.FlipBit(Leaves[0], 0));
        var shortPath = Inclusion(3, 8);
        shortPath["auditPath"]!.AsArray().RemoveAt(2);
        var longPath = Inclusion(3, 8);
        longPath["auditPath"]!.AsArray().Add(Convert.ToBase64String(Roots[8]));

        foreach (var response in new[] { otherLeaf, flipped, shortPath, longPath })
        {
            var result = verifier.VerifyInclusionResponse(Element(response));

            Assert.False(result.Verified, response.ToJsonString());
            Assert.Contains("does not lead to the signed root", result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void VerifyInclusionResponse_WhenAFieldIsMissingOrMalformed_ShouldRejectWithAReason()
    {
        var changes = new Action<JsonObject>[]
        {
            r => r.Remove("auditPath"),
            r => r.Remove("sequence"),
            r => r.Remove("checkpoint"),
            r => r["checkpoint"]!.AsObject().Remove("signature"),
            r => r["checkpoint"]!.AsObject().Remove("text"),
            r => r["leafIndex"] = "3",
            r => r["leafHash"] = Convert.ToHexString(Leaves[3]),
            r => r["leafHash"] = Convert.ToBase64String(Leaves[3]).TrimEnd('='),
            r => r["auditPath"]![0] = 42,
        };

        foreach (var change in changes)
        {
            var response = Inclusion(3, 8);
            change(response);

            var result = verifier.VerifyInclusionResponse(Element(response));

            Assert.False(result.Verified, response.ToJsonString());
            Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        }
    }

    [Fact]
    public void VerifyConsistencyResponse_ForEveryPairOfTreeSizes_ShouldAccept()
    {
        for (var to = 1; to <= 8; to++)
        {
            for (var from = 1; from <= to; from++)
            {
                var result = verifier.VerifyConsistencyResponse(Element(Consistency(from, to)));

                Assert.True(result.Verified, $"{from} to {to}: {result}");
                Assert.Equal([from, to], result.Checkpoints.Select(c => (int)c.TreeSize));
            }
        }
    }

    [Fact]
    public void VerifyConsistencyResponse_WhenProofIsFromTheTestVectors_ShouldAccept()
    {
        foreach (var (first, second, proof) in MerkleKnownAnswerTests.ConsistencyVectors)
        {
            var response = Consistency(first, second);
            response["proof"] = Hashes(proof);

            Assert.True(verifier.VerifyConsistencyResponse(Element(response)).Verified, $"{first} to {second}");
        }
    }

    [Fact]
    public void VerifyConsistencyResponse_WhenFromAndToAreSwapped_ShouldReject()
    {
        var response = Consistency(6, 8);
        (response["from"], response["to"]) = (response["to"]!.DeepClone(), response["from"]!.DeepClone());
        (response["fromTreeSize"], response["toTreeSize"]) = (8, 6);

        Assert.False(verifier.VerifyConsistencyResponse(Element(response)).Verified);
    }

    [Fact]
    public void VerifyConsistencyResponse_WhenASizeDisagreesWithItsSignedText_ShouldReject()
    {
        foreach (var (field, value) in new[] { ("fromTreeSize", 5), ("toTreeSize", 7) })
        {
            var response = Consistency(6, 8);
            response[field] = value;

            var result = verifier.VerifyConsistencyResponse(Element(response));

            Assert.False(result.Verified, field);
            Assert.Contains(field, result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void VerifyConsistencyResponse_WhenTheProofIsAltered_ShouldReject()
    {
        var flipped = Consistency(6, 8);
        flipped["proof"]![0] = Convert.ToBase64String(MerkleKnownAnswerTests.FlipBit(Roots[2], 0));
        var shortProof = Consistency(6, 8);
        shortProof["proof"]!.AsArray().RemoveAt(2);
        var empty = Consistency(6, 8);
        empty["proof"] = new JsonArray();
        var nonEmptyForEqualSizes = Consistency(8, 8);
        nonEmptyForEqualSizes["proof"] = Hashes([Roots[8]]);

        foreach (var response in new[] { flipped, shortProof, empty, nonEmptyForEqualSizes })
        {
            var result = verifier.VerifyConsistencyResponse(Element(response));

            Assert.False(result.Verified, response.ToJsonString());
            Assert.Contains("does not prove", result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void VerifyConsistencyResponse_WhenTheLogWasRewrittenBeforeTheOldCheckpoint_ShouldReject()
    {
        // Leaf 2 replaced and every later node recomputed: a well-formed, signed tree of 8 that does not extend the one of 6.
        byte[][] rewritten = [.. Leaves];
        rewritten[2] = RfcReferenceTree.HashLeaf("forged"u8.ToArray());
        var response = Consistency(6, 8);
        response["to"] = signer.Checkpoint(8, RfcReferenceTree.Mth(rewritten));
        response["proof"] = Hashes([.. RfcReferenceTree.Proof(6, rewritten)]);

        Assert.False(verifier.VerifyConsistencyResponse(Element(response)).Verified);
    }

    private JsonObject Inclusion(int index, int size) => new()
    {
        ["sequence"] = index + 1,
        ["leafIndex"] = index,
        ["leafHash"] = Convert.ToBase64String(Leaves[index]),
        ["treeSize"] = size,
        ["auditPath"] = Hashes([.. RfcReferenceTree.Path(index, Leaves.AsSpan(0, size))]),
        ["checkpoint"] = Checkpoint(size),
    };

    private JsonObject Consistency(int from, int to) => new()
    {
        ["fromTreeSize"] = from,
        ["toTreeSize"] = to,
        ["proof"] = Hashes([.. RfcReferenceTree.Proof(from, Leaves.AsSpan(0, to))]),
        ["from"] = Checkpoint(from),
        ["to"] = Checkpoint(to),
    };

    // Each size's checkpoint names the one before it, as the sequencer's would.
    private JsonObject Checkpoint(int size)
    {
        var previous = new byte[32];
        for (var n = 1; n < size; n++)
        {
            previous = SHA256.HashData(Encoding.UTF8.GetBytes(TestSigner.Text(n, Roots[n], previous: previous)));
        }

        return signer.Checkpoint(size, Roots[size], previous);
    }

    private static JsonArray Hashes(byte[][] hashes) => [.. hashes.Select(h => (JsonNode)Convert.ToBase64String(h))];

    private static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
