@DIP @role:metering-service
Feature: DIP message signatures on every push
  The DIP signs every push with its signing certificate (X-DIP-Signature over the method, URL,
  signature date and the SHA-256 of the body). A participant must check the signature before
  it reads the message: it refuses a push whose signature is wrong, whose body changed after
  signing, whose signature date is stale, or whose certificate no trusted authority issued,
  with 401 and RCP9999 Message Signature Invalid, and acts on none of them. When the DIP then
  delivers the same transaction properly signed, the participant accepts it and acts once.

  @IF-033 @IF-034 @segment:smart @REQ-DIP-SIGNATURE
  Scenario Outline: Refuses a push signed with <spoiling> and accepts it properly signed
    Given a Smart MPAN registered to another Supplier
    And another Supplier is gaining the MPAN
    And the DIP's next push to the participant's Metering Service carries <spoiling>
    When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
    Then the participant refuses IF-033 [MSAppSPRequest] for its signature
    When the DIP delivers the same IF-033 [MSAppSPRequest] again
    Then the participant answers IF-033 [MSAppSPRequest] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant sends IF-034 [MSAppSPResponse] only once for the IF-033 [MSAppSPRequest] it received twice

    Examples:
      | spoiling                                  |
      | a wrong signature                         |
      | a body changed after signing              |
      | a signature date an hour old              |
      | a certificate no trusted authority issued |
