namespace Pixyer.Application.Common.Security;

public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);

    /// <summary>Costs what a verification costs, for answers that must not reveal whether an account exists.</summary>
    void VerifyAgainstDummy(string password);
}
