<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Signature valid: this App Certificate signed the token.</source>
        <translation>签名有效：此 Token 由该 App 证书签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this App Certificate did not sign the token.</source>
        <translation>签名无效：此 Token 不是由该 App 证书签发的。</translation>
    </message>
    <message>
        <source>Signature valid: this Secret Access Key signed the token.</source>
        <translation>签名有效：此 Token 由该 Secret Access Key 签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this Secret Access Key did not sign the token.</source>
        <translation>签名无效：此 Token 不是由该 Secret Access Key 签发的。</translation>
    </message>
</context>
</TS>
