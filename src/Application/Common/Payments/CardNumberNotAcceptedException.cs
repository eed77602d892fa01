using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Payments;

/// <summary>
/// Obligation C4: a request carried something that looks like a card number. It is refused before anything reads it
/// (400), and neither this message nor any log or audit entry repeats it.
/// </summary>
public sealed class CardNumberNotAcceptedException()
    : ProblemException(
        400,
        "card-number-not-accepted",
        "Card number not accepted",
        "Pixyer never takes card numbers: tokenize the card with the payment gateway in the browser and send its token.");
