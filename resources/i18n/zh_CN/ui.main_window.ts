<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Decoder</source>
        <translation>解析器</translation>
    </message>
    <message>
        <source>Show or hide the decoder pane (Ctrl+Shift+D)</source>
        <translation>显示或隐藏解析器面板（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Save profile…</source>
        <translation>保存配置…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remember certificate in system keychain</source>
        <translation>在系统钥匙串中记住证书</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 位十六进制字符</translation>
    </message>
    <message>
        <source>App Certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>32 hexadecimal characters; never saved to disk</source>
        <translation>32 位十六进制字符；不会保存到磁盘</translation>
    </message>
    <message>
        <source>Show or hide the App Certificate</source>
        <translation>显示或隐藏 App 证书</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>App &amp;ID</source>
        <translation>App ID(&amp;I)</translation>
    </message>
    <message>
        <source>App Cer&amp;tificate</source>
        <translation>App 证书(&amp;T)</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（无配置）</translation>
    </message>
    <message>
        <source>The batch tab is not available in this build.</source>
        <translation>此版本不提供批量生成页面。</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Agora Console → Projects: the App ID of your project.</source>
        <translation>声网控制台 → 项目管理：你的项目的 App ID。</translation>
    </message>
    <message>
        <source>Same project → Configure: the Primary Certificate. Kept in memory only.</source>
        <translation>同一项目 → 配置：主要证书。仅保存在内存中。</translation>
    </message>
    <message>
        <source>&amp;Forget saved data…</source>
        <translation>清除已保存的数据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>生成 Token(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>复制 Token(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as request &amp;JSON (no certificate)</source>
        <translation>复制为请求 &amp;JSON（不含证书）</translation>
    </message>
    <message>
        <source>Copy as command &amp;line</source>
        <translation>复制为命令行(&amp;L)</translation>
    </message>
    <message>
        <source>Copy as &amp;export AGORA_TOKEN=…</source>
        <translation>复制为 &amp;export AGORA_TOKEN=…</translation>
    </message>
    <message>
        <source>&amp;Inspect token in decoder</source>
        <translation>在解析器中查看 Token(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Decoder pane</source>
        <translation>解析器面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Agora Token GUI</source>
        <translation>关于 Agora Token GUI(&amp;A)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Agora Token GUI</source>
        <translation>Agora Token GUI</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>配色方案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The translation file {path} is missing (run make translations).</source>
        <translation>缺少翻译文件 {path}（请运行 make translations）。</translation>
    </message>
    <message>
        <source>Profile {name} saved (App ID and its certificate in the keychain).</source>
        <translation>已保存配置 {name}（App ID，证书保存在钥匙串中）。</translation>
    </message>
    <message>
        <source>Profile {name} saved (App ID).</source>
        <translation>已保存配置 {name}（App ID）。</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>已删除配置 {name}。</translation>
    </message>
    <message>
        <source>Settings forgotten; the keychain entries of {names} could not be deleted.</source>
        <translation>设置已清除；无法删除 {names} 的钥匙串条目。</translation>
    </message>
    <message>
        <source>Saved settings, profiles and keychain entries forgotten.</source>
        <translation>已清除保存的设置、配置和钥匙串条目。</translation>
    </message>
    <message>
        <source>Token generated ({count} characters).</source>
        <translation>已生成 Token（{count} 个字符）。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide certificate</source>
        <translation>隐藏证书</translation>
    </message>
    <message>
        <source>Show certificate</source>
        <translation>显示证书</translation>
    </message>
    <message>
        <source>Open a generator tab to generate a token.</source>
        <translation>请先打开一个生成页面再生成 Token。</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>请先修正标出的字段。</translation>
    </message>
    <message>
        <source>Nothing to copy yet: generate a token first.</source>
        <translation>还没有可复制的内容：请先生成 Token。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Batch</source>
        <translation>批量生成</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>Token 服务器</translation>
    </message>
    <message>
        <source>Signaling</source>
        <translation>信令</translation>
    </message>
    <message>
        <source>Interactive Whiteboard</source>
        <translation>互动白板</translation>
    </message>
    <message>
        <source>Media Gateway</source>
        <translation>媒体网关</translation>
    </message>
    <message>
        <source>{group}: {kinds}</source>
        <translation>{group}：{kinds}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Generate many tokens at once, as CSV</source>
        <translation>一次生成多个 Token，可导出为 CSV</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>本次会话中生成的 Token</translation>
    </message>
    <message>
        <source>A local token server for test builds</source>
        <translation>供测试版本使用的本地 Token 服务器</translation>
    </message>
</context>
</TS>
